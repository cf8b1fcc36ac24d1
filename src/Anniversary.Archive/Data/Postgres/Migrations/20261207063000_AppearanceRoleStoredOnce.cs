using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>A person's role in an article stored once, as on SQLite: null when it is the first of the article's roles for them.</summary>
    public partial class AppearanceRoleStoredOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE \"Appearances\" SET \"Role\" = NULL WHERE \"Role\" = \"Roles\"[1];");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE \"Appearances\" SET \"Role\" = \"Roles\"[1] WHERE \"Role\" IS NULL AND cardinality(\"Roles\") > 0;");
    }
}
