-- Seed agency directory: the agencies and codes of the shared taxonomy (eval/taxonomy.json, version 1).
-- Codes are stable identifiers used in exports and ground truth; do not change them.

INSERT INTO agency (code, name, side, jurisdiction) VALUES ('nm_mvd', 'New Mexico Motor Vehicle Division (Taxation and Revenue Department)', 'STATE', 'NM');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('nm_doh', 'New Mexico Department of Health', 'STATE', 'NM');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('nm_hsd', 'New Mexico Human Services Department', 'STATE', 'NM');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('nm_cd_ppd', 'New Mexico Corrections Department, Probation and Parole Division', 'STATE', 'NM');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('nm_dws', 'New Mexico Department of Workforce Solutions', 'STATE', 'NM');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('ca_dmv', 'California Department of Motor Vehicles', 'STATE', 'CA');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('ice_ero', 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations', 'FEDERAL', 'US');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('ice_hsi', 'U.S. Immigration and Customs Enforcement, Homeland Security Investigations', 'FEDERAL', 'US');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('cbp', 'U.S. Customs and Border Protection', 'FEDERAL', 'US');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('uscis', 'U.S. Citizenship and Immigration Services', 'FEDERAL', 'US');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('dhs', 'U.S. Department of Homeland Security (other components)', 'FEDERAL', 'US');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('census', 'U.S. Census Bureau', 'FEDERAL', 'US');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('irs', 'Internal Revenue Service', 'FEDERAL', 'US');
INSERT INTO agency (code, name, side, jurisdiction) VALUES ('ssa_oig', 'Social Security Administration, Office of the Inspector General', 'FEDERAL', 'US');

INSERT INTO agency_domain (agency_id, domain) SELECT id, 'state.nm.us' FROM agency WHERE code = 'nm_mvd';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'mvd.nm.gov' FROM agency WHERE code = 'nm_mvd';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'doh.nm.gov' FROM agency WHERE code = 'nm_doh';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'state.nm.us' FROM agency WHERE code = 'nm_doh';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'hsd.nm.gov' FROM agency WHERE code = 'nm_hsd';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'state.nm.us' FROM agency WHERE code = 'nm_hsd';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'cd.nm.gov' FROM agency WHERE code = 'nm_cd_ppd';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'state.nm.us' FROM agency WHERE code = 'nm_cd_ppd';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'dws.nm.gov' FROM agency WHERE code = 'nm_dws';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'state.nm.us' FROM agency WHERE code = 'nm_dws';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'dmv.ca.gov' FROM agency WHERE code = 'ca_dmv';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'ice.dhs.gov' FROM agency WHERE code = 'ice_ero';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'ice.dhs.gov' FROM agency WHERE code = 'ice_hsi';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'hsi.dhs.gov' FROM agency WHERE code = 'ice_hsi';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'cbp.dhs.gov' FROM agency WHERE code = 'cbp';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'uscis.dhs.gov' FROM agency WHERE code = 'uscis';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'dhs.gov' FROM agency WHERE code = 'dhs';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'hq.dhs.gov' FROM agency WHERE code = 'dhs';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'census.gov' FROM agency WHERE code = 'census';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'irs.gov' FROM agency WHERE code = 'irs';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'ci.irs.gov' FROM agency WHERE code = 'irs';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'ssa.gov' FROM agency WHERE code = 'ssa_oig';
INSERT INTO agency_domain (agency_id, domain) SELECT id, 'oig.ssa.gov' FROM agency WHERE code = 'ssa_oig';
