namespace Analytics.Engine.Store.Ingest;

/// <summary>
/// The file was refused as a whole (empty, binary, a required column missing, unknown format…); nothing was stored.
/// The message names the file and, where it applies, the column.
/// </summary>
public sealed class ImportRefusedException(string message, Exception? inner = null) : Exception(message, inner);
