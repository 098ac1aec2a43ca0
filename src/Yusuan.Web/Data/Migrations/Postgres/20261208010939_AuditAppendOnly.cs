using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yusuan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: the database itself refuses to change, remove or truncate an entry, whatever client writes.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION "AuditEntries_append_only"() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '审计日志只能追加'
                        USING ERRCODE = 'restrict_violation', DETAIL = format('%s on "AuditEntries" refused', TG_OP);
                END;
                $$;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "AuditEntries_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION "AuditEntries_append_only"();
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "AuditEntries_no_truncate" BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntries_append_only"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_truncate" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_update_delete" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "AuditEntries_append_only"();""");
        }
    }
}
