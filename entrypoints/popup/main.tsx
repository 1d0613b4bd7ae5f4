import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { wakeBackground } from '@/lib/messages';
import './popup.css';

// The bench (scripts/bench/popup.ts) splits opening time at this mark, set once the bundle has
// loaded and run: before it is the browser's (opening the page, fetching and parsing the script),
// after it ours (reading the log, summarising, rendering).
performance.mark('post-coach:popup-script');

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp />);
// A post the stopped worker had not logged yet is logged now, and shows up here (storage.onChanged).
wakeBackground();
