// The part of the File System Access API the browser host uses to save all documents into a
// folder: Chromium has it, other browsers may not, so it is optional here. lib.dom has the
// handles and writable streams, but not the picker.

interface DirectoryPickerOptions {
  id?: string;
  mode?: 'read' | 'readwrite';
  startIn?: 'desktop' | 'documents' | 'downloads' | FileSystemHandle;
}

interface Window {
  showDirectoryPicker?: (options?: DirectoryPickerOptions) => Promise<FileSystemDirectoryHandle>;
}
