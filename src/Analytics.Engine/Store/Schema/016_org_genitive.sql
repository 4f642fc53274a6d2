-- The genitive of a unit's name («Калининградского филиала»), for documents that say «деятельности …».
-- Russian names cannot be declined by rule (филиал «Коми», ПАО «…»), so the organisation supplies it; a unit without
-- one is named in a phrase that needs no declension («подразделения «Калининградский филиал»»).
ALTER TABLE org_unit ADD COLUMN name_genitive VARCHAR;
