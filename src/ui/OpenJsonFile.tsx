export interface OpenJsonFileProps {
  label: string;
  /** The chosen file's text; the input is cleared afterwards so the same file can be opened again. */
  onText(text: string): Promise<void> | void;
}

/** A button that opens a JSON file from the patient's disk (nothing is uploaded: the page reads it). */
export function OpenJsonFile({ label, onText }: OpenJsonFileProps) {
  return (
    <label class="button">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        class="visually-hidden"
        onChange={async (e) => {
          // The event's currentTarget is gone once the handler awaits.
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) await onText(await file.text());
          input.value = '';
        }}
      />
    </label>
  );
}
