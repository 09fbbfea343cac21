namespace CrampBot.Understanding;

/// <summary>One of the leaflet's medicines found in a message.</summary>
/// <param name="MedicineId">The content's medicine id, e.g. "statins".</param>
/// <param name="Said">The words the patient used, e.g. "simvastatin".</param>
/// <param name="ViaSynonym">
/// True when found through a recognizer synonym rather than the leaflet's own name: say which listed medicine it was
/// taken to mean (ContentCatalog.MedicineSynonymNote).
/// </param>
public sealed record MedicineMention(string MedicineId, string Said, bool ViaSynonym);
