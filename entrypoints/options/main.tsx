import { render } from 'preact';
import { OptionsPage } from '../../components/options-page';
import '../../components/styles/options.css';
import { optionsClient } from '../../utils/options/options-client';
import { followTheme } from '../../utils/pages/theme';

void followTheme();
const root = document.getElementById('app');
if (root) render(<OptionsPage client={optionsClient} />, root);
