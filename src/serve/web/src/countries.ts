import lexicon from '../../../../data/lexicon/countries.json' with { type: 'json' };

const names = new Map<string, string>((lexicon as { iso3: string; name: string }[]).map((c) => [c.iso3, c.name]));

export const countryName = (iso3: string | null | undefined): string => (iso3 ? names.get(iso3) ?? iso3 : '');
