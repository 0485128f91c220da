namespace Aims.Core.Registers;

/// <summary>What every register's view carries for the shared endpoints: its id and the version (the ETag).</summary>
public interface IRegisterView
{
    Guid Id { get; }
    long Version { get; }
}
