import { render } from 'preact';
import { OptionsPage } from '../../components/options/options-page';
import '../../components/options/options.css';
import { optionsClient } from '../../utils/options/options-client';
import { followTheme } from '../../utils/shared/theme/theme';

void followTheme();
const root = document.getElementById('app');
if (root) render(<OptionsPage client={optionsClient} />, root);
