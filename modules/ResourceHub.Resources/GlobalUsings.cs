// File details (FileDetails) and the file store are Media's contract, used throughout the module's file views.
global using ResourceHub.Media.Abstractions;
