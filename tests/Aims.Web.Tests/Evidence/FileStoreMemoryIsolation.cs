namespace Aims.Web.Tests.Evidence;

/// <summary>Runs its tests alone: they measure the allocations of the whole process, which parallel tests would disturb.</summary>
[CollectionDefinition(nameof(FileStoreMemoryTests), DisableParallelization = true)]
public sealed class FileStoreMemoryIsolation;
