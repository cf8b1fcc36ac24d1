using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>
    /// An article's row of the index leaves a position empty between its paragraphs, so that a
    /// phrase is found inside one paragraph, as on SQLite, whose index holds each paragraph once. The
    /// index is emptied and every article marked for importing again: the site's next start imports
    /// its seeds folder, another folder needs its import.
    /// </summary>
    public partial class PhrasesInsideOneParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("TRUNCATE \"SearchEntries\";");
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("TRUNCATE \"SearchEntries\";");
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = '';");
        }
    }
}
