using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>
    /// A statement keyed by its article, its paragraph and its speaker, so that two people who speak in
    /// one paragraph ("X and Y said") each have theirs; the import format's number is raised with it,
    /// so the next import reads every report again and finds the second speakers.
    /// </summary>
    public partial class TwoSpeakersInOneParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(name: "PK_Statements", table: "Statements");
            migrationBuilder.AddPrimaryKey(name: "PK_Statements", table: "Statements", columns: ["ArticleId", "ParagraphNumber", "PersonId"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A paragraph keeps one speaker: the one with the lowest id.
            migrationBuilder.Sql("""
                DELETE FROM "Statements" s USING "Statements" o
                WHERE o."ArticleId" = s."ArticleId" AND o."ParagraphNumber" = s."ParagraphNumber" AND o."PersonId" < s."PersonId";
                """);
            migrationBuilder.DropPrimaryKey(name: "PK_Statements", table: "Statements");
            migrationBuilder.AddPrimaryKey(name: "PK_Statements", table: "Statements", columns: ["ArticleId", "ParagraphNumber"]);
        }
    }
}
