import { render } from 'preact';
import { OptionsForm } from '../../components/options-form';
import '../../components/styles/options.css';
import { optionsClient } from '../../utils/options/options-client';

const root = document.getElementById('app');
if (root) render(<OptionsForm client={optionsClient} />, root);
