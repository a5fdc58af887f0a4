"""briefer in the browser: a small server-rendered application over the same core.

Every page is made by the functions the command line calls; this package only reads
the request, calls the core and renders the answer as HTML. It never writes. The
application is ``briefer.web.app.create_app``; ``briefer serve`` runs it.
"""
