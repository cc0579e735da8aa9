-- The planned service's non-resident access (外為法 役務通達): whether non-residents may reach the data;
-- null while not known (scoping then counts it as possible).
alter table initiative_initiative add column non_resident_access boolean;
