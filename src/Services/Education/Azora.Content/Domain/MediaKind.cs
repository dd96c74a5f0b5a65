namespace Azora.Content.Domain;

internal enum MediaKind
{
    Image,
    Video,
    Captions,
}
