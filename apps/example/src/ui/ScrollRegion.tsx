import { type ReactNode, useEffect, useRef, useState } from 'react'

/**
 * A labelled region for content that may be wider than the screen (tables): it scrolls
 * sideways inside itself, never the page, and joins the tab order while it overflows so
 * keyboard users can scroll it with the arrow keys.
 */
export function ScrollRegion({
  label,
  busy,
  children,
}: {
  /** The region's accessible name: "Users table". */
  label: string
  busy?: boolean
  children: ReactNode
}) {
  const ref = useRef<HTMLElement>(null)
  const [overflowing, setOverflowing] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1)
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    measure()
    return () => observer.disconnect()
  }, [])
  return (
    // A <section> with a name is a region landmark.
    <section
      ref={ref}
      className="ui-table-wrap"
      aria-label={label}
      aria-busy={busy || undefined}
      tabIndex={overflowing ? 0 : undefined}
    >
      {children}
    </section>
  )
}
