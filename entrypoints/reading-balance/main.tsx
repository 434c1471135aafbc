import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReadingBalancePage } from '../../components/reading-balance/reading-balance-page';
import '../../components/reading-balance/reading-balance.css';
import { readingBalanceClient } from '../../utils/reading-balance/reading-balance-client';
import { followTheme } from '../../utils/shared/theme/follow-theme';

void followTheme(browser, document.documentElement);
const root = document.getElementById('app');
if (root) render(<ReadingBalancePage client={readingBalanceClient} />, root);
