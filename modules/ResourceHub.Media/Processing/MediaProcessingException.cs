namespace ResourceHub.Media.Processing;

/// <summary>The file cannot be processed, for a reason its owner should read (in Chinese); never retried.</summary>
public sealed class MediaProcessingException(string message, Exception? inner = null) : Exception(message, inner);
