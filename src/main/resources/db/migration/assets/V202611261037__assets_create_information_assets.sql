-- The information asset register: what a company may entrust to cloud services, with its value, risk
-- tolerance and today's in-house controls, cost and service level.
create table assets_asset (
    id                    uuid        primary key,
    organization_id       uuid        not null,
    name                  text        not null check (length(name) between 1 and 200),
    owner_department      text,
    description           text,
    asset_value           text        not null check (asset_value in ('HIGH', 'MEDIUM', 'LOW')),
    risk_tolerance        text        not null check (risk_tolerance in ('HIGH', 'MEDIUM', 'LOW')),
    current_controls      text,
    current_annual_cost   bigint      check (current_annual_cost >= 0),
    current_service_level text,
    archived              boolean     not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null
);

-- Names are unique within an organisation regardless of letter case, archived assets included.
create unique index assets_asset_name on assets_asset (organization_id, lower(name));

create table assets_asset_category (
    asset_id uuid not null references assets_asset (id) on delete cascade,
    category text not null,
    primary key (asset_id, category)
);

create index assets_asset_category_category on assets_asset_category (category, asset_id);
