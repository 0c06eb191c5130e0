-- relations: every table and view of the warehouse (what `claims export` writes).
select table_name as name, case table_type when 'VIEW' then 'view' else 'table' end as kind
from information_schema.tables
where table_schema = 'main' and table_catalog = current_database()
order by kind, name
