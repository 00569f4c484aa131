/** Version header of a catalogue: which consolidated text it was read from and from when it is in force. */
export type VersionHeader = { version: string; effectiveFrom: string; source: string };

const field = (text: string, name: string): string | undefined =>
  new RegExp(String.raw`^\| \*\*${name}\*\* \| *([^|\n]*?) *\|?$`, 'm').exec(text)?.[1];

/**
 * Reads the version from the text's information table: the consolidated text is named after the last
 * amending law ("Số hiệu") and is in force from that law's effective date ("Ngày hiệu lực").
 */
export const readVersion = (text: string): VersionHeader => {
  const normalised = text.normalize('NFC');
  const law = field(normalised, 'Số hiệu');
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(field(normalised, 'Ngày hiệu lực') ?? '');
  const year = /^\d+\/(\d{4})\//.exec(law ?? '')?.[1];
  if (!law || !date || !year) throw new Error('the information table ("Số hiệu", "Ngày hiệu lực") was not found');
  return {
    version: `BLHS-2015-sd${year}`,
    effectiveFrom: `${date[3]}-${date[2]}-${date[1]}`,
    source: `Bộ luật Hình sự 100/2015/QH13, sửa đổi bởi Luật ${law}`,
  };
};
