using System.Text.Json;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Import;

/// <summary>A correction of a person: everywhere, or in one file, where it may also add someone the text names unclearly.</summary>
public sealed record PersonOverride(string Name, string? DisplayName, string? Role, string? Country, string? File, Part? Part);

/// <summary>A correction of one file's event.</summary>
public sealed record EventOverride(string? Kind, string? Place, DateOnly? Date);

/// <summary>
/// The optional <c>overrides.json</c> beside the seeds: editorial corrections applied after
/// extraction, as real archives keep them. Extraction never depends on it.
/// </summary>
public sealed record EditorialOverrides(IReadOnlyList<PersonOverride> People, IReadOnlyDictionary<string, EventOverride> Events)
{
    public const string FileName = "overrides.json";

    public static readonly EditorialOverrides None = new([], new Dictionary<string, EventOverride>());

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Corrected display names by folded name: they replace a stored spelling, which extraction alone never does.</summary>
    public IReadOnlyDictionary<string, string> DisplayNames { get; } = People
        .Where(p => p.DisplayName is not null)
        .GroupBy(p => TextFolding.Fold(p.Name))
        .ToDictionary(g => g.Key, g => g.Last().DisplayName!);

    /// <summary>What of the overrides touches one file, for its content hash: a changed correction re-imports the file.</summary>
    public string FingerprintFor(string fileName) => JsonSerializer.Serialize(new
    {
        People = People.Where(p => p.File is null || p.File == fileName),
        Event = Events.GetValueOrDefault(fileName),
    });

    public ArticleFacts Apply(string fileName, ArticleFacts facts, Lexicon lexicon)
    {
        var people = facts.People.ToList();
        foreach (var correction in People.Where(p => p.File is null || p.File == fileName))
        {
            var key = TextFolding.Fold(correction.Name);
            var index = people.FindIndex(p => p.Key == key);
            if (index < 0 && correction.File is null)
            {
                continue;
            }

            var person = index >= 0 ? people[index] : new ExtractedPerson(correction.Name, key, null, [], null, Part.Mentioned);
            var roles = correction.Role is null ? person.Roles : [correction.Role, .. person.Roles.Where(r => lexicon.RoleKey(r) != lexicon.RoleKey(correction.Role))];
            var corrected = person with
            {
                Name = correction.DisplayName ?? person.Name,
                Role = correction.Role ?? person.Role,
                Roles = roles,
                Country = correction.Country ?? person.Country,
                Part = correction.Part ?? person.Part,
            };
            if (index >= 0)
            {
                people[index] = corrected;
            }
            else
            {
                people.Add(corrected);
            }
        }

        var evt = facts.Event;
        if (Events.TryGetValue(fileName, out var eventCorrection))
        {
            var place = eventCorrection.Place ?? evt?.Place;
            var kind = eventCorrection.Kind ?? evt?.Kind;
            var date = eventCorrection.Date ?? evt?.Date;
            evt = place is null || kind is null || date is null
                ? evt
                : new ExtractedEvent(kind, place, lexicon.PlaceKey(place), date.Value, evt?.Anniversary);
        }

        return facts with { People = people, Event = evt };
    }

    public static (EditorialOverrides Overrides, SeedError? Error) Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!System.IO.File.Exists(path))
        {
            return (None, null);
        }

        try
        {
            var file = JsonSerializer.Deserialize<OverridesFile>(System.IO.File.ReadAllText(path), Options);
            return (new EditorialOverrides(file?.People ?? [], file?.Events ?? []), null);
        }
        catch (JsonException exception)
        {
            return (None, new SeedError((int)(exception.LineNumber ?? 0) + 1, $"{FileName} is not valid: {exception.Message}"));
        }
    }

    private sealed record OverridesFile(List<PersonOverride>? People, Dictionary<string, EventOverride>? Events);
}
