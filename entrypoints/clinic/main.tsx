import { render } from 'preact';
import { ProtocolEditor } from '../../src/ui/clinic/ProtocolEditor';
import '../options/style.css';
import './style.css';

function save(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

const root = document.getElementById('app');
document.documentElement.lang = navigator.language;
if (root) {
  render(
    <ProtocolEditor
      save={save}
      print={() => window.print()}
      copy={(text) => navigator.clipboard.writeText(text)}
    />,
    root,
  );
}
