using Anniversary.Archive.Reading;

namespace Anniversary.Web.Pages;

/// <summary>
/// A commemoration as a card. On the event's own page the card has no title of its own: the page's
/// h1 is the title, and carries the id the card is labelled by.
/// </summary>
public sealed record EventCard(EventView Event, bool WithTitle = true);
