import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { wakeBackground } from '@/lib/messages';
import './popup.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp />);
// A post the stopped worker had not logged yet is logged now, and shows up here (storage.onChanged).
wakeBackground();
