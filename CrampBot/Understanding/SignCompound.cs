namespace CrampBot.Understanding;

/// <summary>A sign made of two words that need not touch: an anchor ("chest") and a modifier ("pain") within reach.</summary>
internal sealed record SignCompound(PhraseSet Anchor, PhraseSet Modifier, SignReach Reach);
