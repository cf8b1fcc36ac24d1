using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// A moment told by a sentence of its paragraph stored as where the sentence is in the paragraph's
    /// text (kept once, in the article's block), not as a copy of it. SQL cannot read the block, so
    /// every article is marked for importing again; until then each moment keeps its copy, which is read as before.
    /// </summary>
    public partial class MomentsFoundInTheirParagraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(name: "TextLength", table: "Moments", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: "TextStart", table: "Moments", nullable: false, defaultValue: 0);
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "TextLength", table: "Moments");
            migrationBuilder.DropColumn(name: "TextStart", table: "Moments");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");
        }
    }
}
