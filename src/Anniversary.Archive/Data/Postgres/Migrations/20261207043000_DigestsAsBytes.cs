using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>
    /// An article's two SHA-256 digests stored as their 32 bytes, not as 64 characters of hex, as on
    /// SQLite; the empty digest of an article marked for importing again stays empty.
    /// </summary>
    public partial class DigestsAsBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Articles"
                    ALTER COLUMN "ContentHash" TYPE bytea USING decode("ContentHash", 'hex'),
                    ALTER COLUMN "TextHash" TYPE bytea USING decode("TextHash", 'hex');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Articles"
                    ALTER COLUMN "ContentHash" TYPE text USING encode("ContentHash", 'hex'),
                    ALTER COLUMN "TextHash" TYPE text USING encode("TextHash", 'hex');
                """);
        }
    }
}
