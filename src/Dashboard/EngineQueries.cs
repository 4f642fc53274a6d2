// The read side lives in the Engine (#14 item 2, ADR 0020): pages, endpoints and jobs call its queries and stores by
// these namespaces; the Dashboard holds no SQL (tests/Dashboard.Tests/Architecture/NoSqlInDashboardTests).
global using Analytics.Engine.Access;
global using Analytics.Engine.Queries;
global using Analytics.Engine.Queries.Appeals;
global using Analytics.Engine.Queries.Audits;
global using Analytics.Engine.Queries.Export;
global using Analytics.Engine.Queries.Imports;
global using Analytics.Engine.Queries.Notifications;
global using Analytics.Engine.Queries.Org;
global using Analytics.Engine.Queries.Overview;
global using Analytics.Engine.Queries.Records;
global using Analytics.Engine.Queries.Surveys;
global using Analytics.Engine.Queries.Users;
global using Analytics.Engine.Users;
