namespace Aims.Web.Reminders;

/// <summary><c>Aims:Smtp:Security</c>: how the connection to the mail server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection, no TLS even if offered (only for a relay on the same host or a test server).</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS before anything is sent (port 587). The default.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
