-- Whether the organisation is a designated operator of critical infrastructure (経済安全保障推進法
-- 特定社会基盤事業者); null while not known (scoping then counts it as possible for the sectors concerned).
alter table profile_organization_profile add column critical_infrastructure boolean;
