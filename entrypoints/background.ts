import { defineBackground } from 'wxt/utils/define-background';
import { setupBackground } from '../utils/background/setup-background';

export default defineBackground(() => setupBackground());
