using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// Each paragraph indexed once: the index's article row no longer holds the paragraphs (it held
    /// each a second time), a table of each article's words without positions (<c>detail=none</c>)
    /// finds the articles whose words are spread over paragraphs. The index is made again, empty, and
    /// every article is marked for importing again: the site's next start imports its seeds folder,
    /// another folder needs its import.
    /// </summary>
    public partial class ParagraphsIndexedOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO SearchEntries(SearchEntries) VALUES ('delete-all');");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleWords;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleWords USING fts5(words, content = '', contentless_delete = 1, detail = none, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ArticleWords;");
            migrationBuilder.Sql("INSERT INTO SearchEntries(SearchEntries) VALUES ('delete-all');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }
    }
}
