import { startPopup } from '../../src/ui/popup/PopupRoot';
import './style.css';

const root = document.getElementById('app');
if (root) await startPopup(root);
