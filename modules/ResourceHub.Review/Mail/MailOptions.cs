namespace ResourceHub.Review.Mail;

/// <summary><c>ResourceHub:Mail</c>: e-mail notifications are sent only when SmtpHost is set.</summary>
public sealed class MailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ResourceHub <noreply@localhost>";
}
