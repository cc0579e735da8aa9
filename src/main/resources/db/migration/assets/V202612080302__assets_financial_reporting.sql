-- Whether the asset is used in a process that affects financial reporting (J-SOX); null while not known.
alter table assets_asset add column financial_reporting boolean;
