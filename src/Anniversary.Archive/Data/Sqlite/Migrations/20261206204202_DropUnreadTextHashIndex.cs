using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DropUnreadTextHashIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No page or search reads it (the importer keeps text hashes in memory). An import killed
            // while its indexes were deferred left it dropped already.
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Articles_TextHash;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_TextHash",
                table: "Articles",
                column: "TextHash");
        }
    }
}
