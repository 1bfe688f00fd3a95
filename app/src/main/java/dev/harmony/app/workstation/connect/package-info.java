/**
 * The Connect panel: the connection profiles with their status and plain errors, connect and disconnect,
 * add, edit and remove, the password and certificate dialogs. The demo lab opens by default.
 */
package dev.harmony.app.workstation.connect;
