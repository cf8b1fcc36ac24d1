using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>
    /// A mentioned date's text as written stored as where it is in its paragraph's text (kept once, in
    /// the article's block), not as a copy of it. SQL cannot read the block, so every article is
    /// marked for importing again; until then each date keeps its copy, which is read as before.
    /// </summary>
    public partial class MentionedDatesFoundInTheirParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(name: "TextLength", table: "MentionedDates", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: "TextStart", table: "MentionedDates", nullable: false, defaultValue: 0);
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = ''::bytea;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "TextLength", table: "MentionedDates");
            migrationBuilder.DropColumn(name: "TextStart", table: "MentionedDates");
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = ''::bytea;");
        }
    }
}
