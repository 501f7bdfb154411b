import { render } from 'preact';
import { ProtocolEditor } from '../../src/ui/clinic/ProtocolEditor';
import { saveJsonFile } from '../../src/ui/save-file';
import '../options/style.css';
import './style.css';

const root = document.getElementById('app');
document.documentElement.lang = navigator.language;
if (root) {
  render(
    <ProtocolEditor
      save={saveJsonFile}
      print={() => window.print()}
      copy={(text) => navigator.clipboard.writeText(text)}
    />,
    root,
  );
}
