/** The 20-topic taxonomy of SCHEMA.md, in its order. */
export const TOPICS = [
  'trade', 'investment', 'energy', 'transport_logistics', 'industry', 'agriculture',
  'digital_it', 'tourism', 'culture_humanitarian', 'education_science', 'health',
  'climate_environment', 'water', 'security_defense', 'finance_banking',
  'regional_international', 'migration_consular', 'space', 'mining_resources',
  'human_rights_governance',
] as const;
export type Topic = (typeof TOPICS)[number];
export const isTopic = (s: string): s is Topic => (TOPICS as readonly string[]).includes(s);
