"""The library window (many documents) and its entries in the main window's File menu.

Importing this package costs nothing: the menu module loads with the main
window's menus, the window itself only when a library is opened.
"""
