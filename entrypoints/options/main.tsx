import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/options/options-page';
import '../../components/options/options.css';
import { optionsClient } from '../../utils/options/options-client';
import { followTheme } from '../../utils/shared/theme/follow-theme';

void followTheme(browser, document.documentElement);
const root = document.getElementById('app');
if (root) render(<OptionsPage client={optionsClient} />, root);
