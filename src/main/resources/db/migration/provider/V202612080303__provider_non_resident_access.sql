-- Whether non-residents (or residents of the 特定類型, 外為法 役務通達 2022) may reach the service's data;
-- null while not known (scoping then counts it as possible).
alter table provider_service add column non_resident_access boolean;
