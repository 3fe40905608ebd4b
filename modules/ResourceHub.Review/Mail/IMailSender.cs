namespace ResourceHub.Review.Mail;

/// <summary>Sends a notification e-mail; the SMTP sender when configured, else nothing is sent.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

/// <summary>No SMTP host configured: the in-app inbox is the only channel.</summary>
public sealed class NoMailSender : IMailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken ct) => Task.CompletedTask;
}
