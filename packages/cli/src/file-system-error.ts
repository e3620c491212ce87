import { dirname } from 'node:path';

type Access = 'read' | 'write';

/** Says, in words, why the file system refused a read or write of `path` and what the user can do about it. */
export function explainFileSystemError(error: unknown, path: string, access: Access): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    switch (code) {
        case 'ENOENT':
            return access === 'write'
                ? `the folder ${dirname(path)} does not exist. Create it first or choose another path.`
                : 'no such file or folder.';
        case 'EACCES':
        case 'EPERM':
            return access === 'write'
                ? 'permission denied. Choose a path you may write to.'
                : 'permission denied. Ask for read access or copy the file somewhere you can read it.';
        case 'EISDIR':
            return 'this is a folder. Give a file name.';
        case 'ENOTDIR':
            return 'part of this path is a file, not a folder.';
        case 'EROFS':
            return 'the file system is read-only. Choose a path on a writable disk.';
        case 'ENOSPC':
        case 'EDQUOT':
            return 'the disk is full. Free some space and run again.';
        default:
            return `cannot ${access} the file (the system reported ${code ?? 'an unknown error'}).`;
    }
}
